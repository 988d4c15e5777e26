package org.precursor.claim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.precursor.proposition.PropositionRef;
import org.precursor.proposition.Stance;

/**
 * The picture at the top of an actor's page: on which propositions it (with its affiliates) took which side, and
 * which sides the claims about it took, for its {@value #PROPOSITIONS} propositions with most claims; and when it
 * spoke, its claims counted by month, or by year over a long span. Built from counts the database groups, never
 * from the claims themselves.
 */
public record ActorSummary(List<Row> propositions, long widest, List<Period> timeline, long busiest, boolean byYear,
		long undated) {

	/** Propositions the summary draws, those with most claims made and about first. */
	static final int PROPOSITIONS = 8;

	/** Above this many months between its first and its last claim, the timeline counts years. */
	static final int MONTHS_SHOWN = 36;

	/** One proposition: the claims the actor made on each side, and the claims about it on each side. */
	public record Row(PropositionRef proposition, long madeSupports, long madeDisputes, long aboutSupports,
			long aboutDisputes) {

		long total() {
			return madeSupports + madeDisputes + aboutSupports + aboutDisputes;
		}

	}

	/** Claims in one month (or year) of the timeline, and the claims list showing them. */
	public record Period(String label, long claims, String url) {
	}

	/** How many claims of one month, as the database counts them. */
	public record MonthCount(int year, int month, long claims) {

		public MonthCount(Number year, Number month, Number claims) {
			this(year.intValue(), month.intValue(), claims.longValue());
		}

	}

	static ActorSummary of(List<StanceCount> made, List<StanceCount> about, List<MonthCount> months, long undated,
			ClaimFilter filter) {
		Map<String, long[]> sides = new LinkedHashMap<>();
		Map<String, PropositionRef> propositions = new LinkedHashMap<>();
		tally(made, 0, sides, propositions);
		tally(about, 2, sides, propositions);
		List<Row> rows = sides.entrySet().stream()
			.map(entry -> new Row(propositions.get(entry.getKey()), entry.getValue()[0], entry.getValue()[1],
					entry.getValue()[2], entry.getValue()[3]))
			.sorted(Comparator.comparingLong(Row::total).reversed().thenComparing(row -> row.proposition().text()))
			.limit(PROPOSITIONS)
			.toList();
		long widest = rows.stream()
			.mapToLong(row -> Math.max(row.madeSupports() + row.madeDisputes(), row.aboutSupports() + row.aboutDisputes()))
			.max()
			.orElse(0);
		List<Period> timeline = new ArrayList<>();
		boolean byYear = false;
		if (!months.isEmpty()) {
			YearMonth first = YearMonth.of(months.get(0).year(), months.get(0).month());
			MonthCount lastCount = months.get(months.size() - 1);
			YearMonth last = YearMonth.of(lastCount.year(), lastCount.month());
			Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
			months.forEach(month -> byMonth.put(YearMonth.of(month.year(), month.month()), month.claims()));
			byYear = first.plusMonths(MONTHS_SHOWN).isBefore(last);
			if (byYear) {
				for (int year = first.getYear(); year <= last.getYear(); year++) {
					int in = year;
					long claims = byMonth.entrySet().stream().filter(entry -> entry.getKey().getYear() == in)
						.mapToLong(Map.Entry::getValue).sum();
					timeline.add(new Period(String.valueOf(year), claims,
							filter.withDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).url()));
				}
			}
			else {
				for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
					timeline.add(new Period(month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
							+ month.getYear(), byMonth.getOrDefault(month, 0L),
							filter.withDates(month.atDay(1), month.atEndOfMonth()).url()));
				}
			}
		}
		long busiest = timeline.stream().mapToLong(Period::claims).max().orElse(0);
		return new ActorSummary(rows, widest, timeline, busiest, byYear, undated);
	}

	private static void tally(List<StanceCount> counts, int offset, Map<String, long[]> sides,
			Map<String, PropositionRef> propositions) {
		for (StanceCount count : counts) {
			String slug = count.proposition().slug();
			propositions.putIfAbsent(slug, count.proposition());
			sides.computeIfAbsent(slug, key -> new long[4])[offset + (count.stance() == Stance.SUPPORTS ? 0 : 1)]
					+= count.claims();
		}
	}

	public boolean isEmpty() {
		return propositions.isEmpty() && timeline.isEmpty();
	}

	/** A share of the widest bar, in percent, for drawing. */
	public double percent(long claims) {
		return widest == 0 ? 0 : Math.round(1000.0 * claims / widest) / 10.0;
	}

	/** A period's height against the busiest one, in percent, for drawing. */
	public double height(long claims) {
		return busiest == 0 ? 0 : Math.max(Math.round(1000.0 * claims / busiest) / 10.0, claims > 0 ? 2 : 0);
	}

}
