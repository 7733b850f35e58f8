package gazetteer

//go:generate go run ./internal/gen -in ../../../shared/data -out data
