// Package gazetteer holds the named actors that the extractor knows in advance: countries with
// their demonyms and capitals, government and intelligence agencies, media outlets, security
// companies, armed and militant groups (data/armed-groups.tsv), and threat groups and
// campaigns derived from MITRE ATT&CK, plus the ATT&CK software names (which are not actors,
// and so keep malware names out of the actor list).
//
// The data files live in data/ and are embedded; Load parses them into a fresh, read-only
// Gazetteer. The ATT&CK-derived files are regenerated with go generate (see gen.go).
package gazetteer
