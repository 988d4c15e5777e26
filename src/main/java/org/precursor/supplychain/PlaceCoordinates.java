package org.precursor.supplychain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Where the map puts each end of a link, from {@code supplychain/places.tsv}: the point recorded for the actor or
 * place itself, else the one recorded for its country, else none (the map then lists it as not placed).
 */
@Component
public class PlaceCoordinates {

	static final String COUNTRY = "country:";

	/** A point in degrees, longitude east and latitude north, and what it stands for. */
	public record Point(double longitude, double latitude, String where) {
	}

	private final Map<String, Point> points;

	PlaceCoordinates() {
		this(new ClassPathResource("supplychain/places.tsv"));
	}

	PlaceCoordinates(Resource file) {
		this.points = read(file);
	}

	public Optional<Point> of(ActorRef actor) {
		Point own = points.get(actor.slug());
		if (own != null || actor.country() == null) {
			return Optional.ofNullable(own);
		}
		return Optional.ofNullable(points.get(COUNTRY + actor.country()));
	}

	private static Map<String, Point> read(Resource file) {
		Map<String, Point> points = new HashMap<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				if (cells.length < 3) {
					throw new IllegalStateException(file.getFilename() + " line " + number + ": needs a key, a longitude and a latitude");
				}
				double longitude = Double.parseDouble(cells[1].trim());
				double latitude = Double.parseDouble(cells[2].trim());
				if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
					throw new IllegalStateException(file.getFilename() + " line " + number + ": not a point on Earth");
				}
				points.put(cells[0].trim(), new Point(longitude, latitude, cells.length > 3 ? cells[3].trim() : ""));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(points);
	}

}
