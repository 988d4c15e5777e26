package org.precursor.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;

/**
 * A tab-separated seed file. Lines starting with {@code #} are comments, except a first line that names the columns
 * (see {@link SeedLayout}); blank lines are skipped.
 */
record SeedFile(String name, String content, List<SeedRow> rows) {

	static SeedFile read(Resource resource, SeedLayout layout) {
		String name = resource.getFilename();
		if (!resource.exists()) {
			throw new SeedFormatException("Seed file " + name + " is missing from the seed dataset");
		}
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			StringBuilder content = new StringBuilder();
			List<SeedRow> rows = new ArrayList<>();
			Map<String, Integer> columns = null;
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				content.append(line).append('\n');
				if (number == 1 && SeedLayout.isHeader(line)) {
					columns = layout.columnsNamedIn(name, number, line);
				}
				else if (!line.isBlank() && !line.startsWith("#")) {
					if (columns == null) {
						columns = layout.positions();
					}
					rows.add(SeedRow.parse(name, number, line, columns));
				}
			}
			return new SeedFile(name, content.toString(), rows);
		}
		catch (IOException ex) {
			throw new SeedFormatException("Seed file " + name + " cannot be read: " + ex.getMessage());
		}
	}

	/** A fingerprint of a set of files, recorded with their import. */
	static String checksum(List<SeedFile> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (SeedFile file : files) {
				digest.update(file.content().getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
