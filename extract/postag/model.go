package postag

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// model is an averaged-perceptron model read from prose's flat format: each feature's weights
// are a run of (class, weight) pairs, found by the feature's span, which tpl gives by template.
type model struct {
	classes  []string   // class ID -> tag
	tags     []string   // tag ID -> tag: the classes, then start1, start2 and dashTag
	classIDs []uint8    // each pair's class
	weights  []float32  // each pair's weight
	tpl      *templates // the features by template, and the words the model tags without scoring
}

// span is where the pairs of one feature stand in classIDs and weights: [lo, hi). The zero
// span stands for a feature the model does not know: it has no weights.
type span struct{ lo, hi uint32 }

// flatMagic and flatVersion open every model file in prose's flat format.
const (
	flatMagic   = "PROSETAG"
	flatVersion = 1
)

// reader reads the little-endian fields of a flat model, keeping the first error.
type reader struct {
	b   []byte
	pos int
	err error
}

// bytes returns the next n bytes, or nil and an error when fewer are left.
func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.err = fmt.Errorf("truncated model: %d bytes wanted at offset %d, %d left", n, r.pos, len(r.b)-r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

// u32 reads one uint32, as an int.
func (r *reader) u32() int {
	if b := r.bytes(4); b != nil {
		return int(binary.LittleEndian.Uint32(b))
	}
	return 0
}

// str16 reads a string after its uint16 length.
func (r *reader) str16() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	return string(r.bytes(int(binary.LittleEndian.Uint16(b))))
}

// u32s reads n uint32s.
func (r *reader) u32s(n int) []uint32 {
	b := r.bytes(4 * n)
	if b == nil {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

// readModel decodes a model in prose's flat format: magic, version, the classes, the sorted
// feature strings as one blob with their offsets, the offsets of each feature's pairs, the
// pairs' class IDs and float32 weights, and the words tagged without scoring.
func readModel(data []byte) (*model, error) {
	r := &reader{b: data}
	if string(r.bytes(len(flatMagic))) != flatMagic {
		return nil, errors.New("not a prose flat tagger model")
	}
	if v := r.u32(); r.err == nil && v != flatVersion {
		return nil, fmt.Errorf("model format version %d, want %d", v, flatVersion)
	}
	m := &model{}
	nClasses := r.u32()
	if r.err != nil {
		return nil, r.err
	}
	if nClasses == 0 || nClasses > math.MaxUint8+1 {
		return nil, fmt.Errorf("model has %d classes, want 1 to 256", nClasses)
	}
	for i := 0; i < nClasses && r.err == nil; i++ {
		m.classes = append(m.classes, r.str16())
	}
	nFeatures, nPairs, blobLen := r.u32(), r.u32(), r.u32()
	blob := r.bytes(blobLen)
	featOff := r.u32s(nFeatures + 1)
	pairOff := r.u32s(nFeatures + 1)
	m.classIDs = append([]uint8(nil), r.bytes(nPairs)...)
	if w := r.bytes(4 * nPairs); w != nil {
		m.weights = make([]float32, nPairs)
		for i := range m.weights {
			m.weights[i] = math.Float32frombits(binary.LittleEndian.Uint32(w[4*i:]))
		}
	}
	nWords := r.u32()
	words := make(map[string]uint8, nWords) // the words the model tags without scoring, with their class IDs
	for i := 0; i < nWords && r.err == nil; i++ {
		w := r.str16()
		if id := r.bytes(1); id != nil {
			words[w] = id[0]
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	m.tags = append(append([]string(nil), m.classes...), start1, start2, dashTag)
	features, err := m.index(string(blob), featOff, pairOff, words)
	if err != nil {
		return nil, err
	}
	// the templates hold every feature scoring asks for, so the index of feature strings is
	// dropped once they are built
	if m.tpl, err = m.buildTemplates(features, words); err != nil {
		return nil, err
	}
	return m, nil
}

// index checks the offsets and class IDs (of the pairs and of words) the scoring relies on and
// returns the index of the feature strings: each one's span of pairs, its offsets in pairOff.
func (m *model) index(blob string, featOff, pairOff []uint32, words map[string]uint8) (map[string]span, error) {
	n := len(featOff) - 1
	if n < 0 || int(featOff[n]) != len(blob) || int(pairOff[n]) != len(m.weights) {
		return nil, errors.New("model offsets do not match its data")
	}
	for _, id := range m.classIDs {
		if int(id) >= len(m.classes) {
			return nil, fmt.Errorf("model class ID %d out of range (%d classes)", id, len(m.classes))
		}
	}
	for _, id := range words {
		if int(id) >= len(m.classes) {
			return nil, fmt.Errorf("model word class ID %d out of range (%d classes)", id, len(m.classes))
		}
	}
	features := make(map[string]span, n)
	for i := 0; i < n; i++ {
		lo, hi := featOff[i], featOff[i+1]
		if lo > hi || pairOff[i] > pairOff[i+1] {
			return nil, fmt.Errorf("model offsets of feature %d decrease", i)
		}
		features[blob[lo:hi]] = span{pairOff[i], pairOff[i+1]}
	}
	return features, nil
}

// add adds the weights of the feature of span sp to scores (one per class ID, indexed by a
// byte without bounds checks); the zero span, a feature the model does not know, adds nothing.
func (m *model) add(sp span, scores *[256]float32) {
	ws := m.weights[sp.lo:sp.hi]
	ids := m.classIDs[sp.lo:sp.hi]
	ids = ids[:len(ws)] // the same length, which lets the compiler drop the bounds check of ids[j]
	for j, w := range ws {
		scores[ids[j]] += w
	}
}

// best returns the class ID of the highest score, the lowest among equals.
func (m *model) best(scores []float32) int {
	best, id := float32(math.Inf(-1)), 0
	for c, s := range scores {
		if s > best {
			best, id = s, c
		}
	}
	return id
}
