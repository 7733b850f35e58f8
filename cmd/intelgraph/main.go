// Command intelgraph turns news articles about intelligence and cyber operations into a
// knowledge graph (actors, dated events, who-told-whom, with their evidence) and stores it in
// an embedded store or in Neo4j. Run `intelgraph --help` for the commands.
package main

import "os"

func main() {
	os.Exit(int(Main(os.Args[1:], newSystemStreams())))
}
