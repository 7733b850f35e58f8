// Package postag tags words with parts of speech (Penn Treebank tags), giving exactly the tags
// of prose's averaged-perceptron tagger (github.com/jdkato/prose/v3/tag) at less than half its
// cost.
//
// prose finds each of the model's features by a binary search over 75,447 sorted feature
// strings, some fourteen lookups per word; that search was half of the extractor's time. A
// Tagger reads the same model (prose's embedded English model, in the flat format prose
// documents) once and files its features by template, keeping no index of their strings: those
// of a tag in arrays by tag ID, those of a word and of its suffix in one map entry for all the
// positions that use them, looked up once per sentence, with the tag the model gives a word
// without scoring; each feature is kept as the span of its weights, and the scores of the bias
// and of each suffix, which every scored word adds first, are summed once. It scores each word
// with the same features, in the same order, in the same float32 arithmetic, so its tags are
// prose's. It
// tags "-" as prose does without its model; a sentence holding another word that prose may tag
// without its model (an emoticon, "@name", a Treebank trace like "*T*-1" or a bracket like
// "-LRB-") is handed to prose's own tagger whole.
package postag
