package extract

import "testing"

// TestSharedFindings checks information handed over by a gerund that completes a verb of
// beginning ("began sharing its findings with X", "started passing indicators to Y") and by a
// free relative for what is handed ("shared what it had found with X"): the subject tells the
// one after "with" or "to". A purpose infinitive after the relative is no receiver.
func TestSharedFindings(t *testing.T) {
	tests := []toldCase{
		{"began sharing", "Halvane Security began sharing its findings with the Dorsey Bureau in March.",
			[]string{"halvane-security → dorsey-bureau"}, nil},
		{"started sharing, a day after", "Halvane Security started sharing indicators with Morrow Energy on Monday.",
			[]string{"halvane-security → morrow-energy"}, nil},
		{"has started passing to", "Morrow Energy has started passing the logs to the Ferrant Data Office.",
			[]string{"morrow-energy → ferrant-data-office"}, nil},
		{"shared what it had found", "Halvane Security shared what it had found with the Dorsey Bureau in April.",
			[]string{"halvane-security → dorsey-bureau"}, nil},
		{"said it began sharing what it had learned", "Halvane Security said it began sharing what it had learned about the botnet's servers and payment flows with the Dorsey Bureau in late 2023.",
			[]string{"halvane-security → dorsey-bureau"}, nil},
		{"a purpose after the relative", "Halvane Security shared what it had found to warn the public.",
			nil, []string{"halvane-security → public"}},
	}
	checkTold(t, "2025-11-20", tests)
}
