package org.precursor.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.precursor.extraction.SeedFiles.GoldClaim;

/**
 * Scores the extractor on whole documents: each file in a directory is run through it and compared with the
 * reviewed claims of the seed articles it holds (articles.tsv names the file). Run from the project directory:
 * {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.precursor.extraction.ExtractionEvaluation
 * /work/shared/seeds}; add {@code -v} after the directory to list the
 * misses. With no directory it scores the development set of passages. {@code --bench DIR} times a 5,000-word text
 * made of the directory's documents and reports the memory the models and a run add.
 */
public final class ExtractionEvaluation {

	private ExtractionEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		AttributionExtractor extractor = new AttributionExtractor(SeedFiles::gazetteer);
		boolean verbose = List.of(args).contains("-v");
		ExtractionScore score;
		if (args.length == 2 && args[0].equals("--show")) {
			for (ProposedClaim claim : extractor.propose(Files.readString(Path.of(args[1])))) {
				System.out.println((claim.direct() ? "D " : "R ") + claim.speaker().name() + " [" + claim.speaker().actor()
						+ "] <" + claim.speakerMention() + "> " + claim.cue() + " | " + claim.content());
			}
			return;
		}
		if (args.length == 2 && args[0].equals("--bench")) {
			bench(extractor, Path.of(args[1]));
			return;
		}
		if (args.length == 0 || args[0].equals("-v")) {
			score = DevelopmentSet.score(extractor);
			System.out.println("Development set (passages of " + DevelopmentSet.articles().size() + " articles)");
		}
		else {
			score = documents(extractor, Path.of(args[0]));
		}
		System.out.println(score.summary());
		if (verbose) {
			score.misses().forEach(System.out::println);
		}
	}

	private static void bench(AttributionExtractor extractor, Path directory) throws IOException {
		StringBuilder text = new StringBuilder();
		List<Path> files;
		try (var listing = Files.list(directory)) {
			files = listing.sorted().toList();
		}
		while (text.toString().split("\\s+").length < 5000) {
			for (Path file : files) {
				text.append(Files.readString(file, StandardCharsets.UTF_8)).append("\n\n");
			}
		}
		String[] words = text.toString().split("\\s+");
		String article = String.join(" ", java.util.Arrays.copyOf(words, 5000)).replace("  ", "\n\n");
		long rssBefore = residentKilobytes();
		long heapBefore = usedHeap();
		long start = System.nanoTime();
		PartsOfSpeech.warmUp();
		long loaded = System.nanoTime();
		int statements = extractor.propose(article).size();
		long first = System.nanoTime();
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			long runStart = System.nanoTime();
			extractor.propose(article);
			best = Math.min(best, System.nanoTime() - runStart);
		}
		System.out.printf("models loaded in %d ms; 5,000 words: first run %d ms, warm run %d ms, %d statements%n",
				(loaded - start) / 1_000_000, (first - loaded) / 1_000_000, best / 1_000_000, statements);
		System.out.printf("heap added %d MB, resident memory added %d MB%n", (usedHeap() - heapBefore) >> 20,
				(residentKilobytes() - rssBefore) >> 10);
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static long residentKilobytes() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D+", ""));
			}
		}
		return 0;
	}

	private static ExtractionScore documents(AttributionExtractor extractor, Path directory) throws IOException {
		ExtractionScore score = new ExtractionScore();
		Map<String, String> names = SeedFiles.actorNames();
		List<GoldClaim> claims = SeedFiles.claims();
		int files = 0;
		long words = 0;
		long nanos = 0;
		for (Map.Entry<String, List<String>> entry : SeedFiles.articlesBySeedFile().entrySet()) {
			Path file = directory.resolve(entry.getKey());
			if (!Files.exists(file)) {
				continue;
			}
			String text = Files.readString(file, StandardCharsets.UTF_8);
			List<GoldClaim> gold = new ArrayList<>();
			for (GoldClaim claim : claims) {
				if (entry.getValue().contains(claim.article())) {
					gold.add(claim);
				}
			}
			long start = System.nanoTime();
			List<ProposedClaim> proposed = extractor.propose(text);
			nanos += System.nanoTime() - start;
			words += text.split("\\s+").length;
			files++;
			score.add(proposed, gold, names);
		}
		System.out.printf("Documents: %d files, %d words, %d ms in the extractor%n", files, words, nanos / 1_000_000);
		return score;
	}

}
