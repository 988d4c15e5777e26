package org.precursor.proposition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.NotFoundException;

/** Assembles the propositions list and each proposition's page, each in one read-only transaction. */
@Component
class PropositionPages {

	private final PropositionRepository propositions;

	private final PropositionStances stances;

	private final ObjectProvider<PropositionPageSection> sections;

	PropositionPages(PropositionRepository propositions, PropositionStances stances,
			ObjectProvider<PropositionPageSection> sections) {
		this.propositions = propositions;
		this.stances = stances;
		this.sections = sections;
	}

	@Transactional(readOnly = true)
	List<PropositionListing> list() {
		Map<String, PropositionTally> tallies = tallies();
		return propositions.findAllByOrderByTextAsc().stream()
			.map(proposition -> listing(proposition, tallies.get(proposition.getSlug())))
			.sorted((a, b) -> Long.compare(b.total(), a.total()))
			.toList();
	}

	/** The proposition's page and the model entries every section adds to it. */
	@Transactional(readOnly = true)
	Map<String, Object> page(String slug) {
		Proposition proposition = propositions.findBySlug(slug)
			.orElseThrow(() -> NotFoundException.of("proposition", slug));
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("page", new PropositionPage(listing(proposition, stances.tallyOf(proposition))));
		sections.orderedStream().forEach(section -> model.putAll(section.forProposition(proposition)));
		return model;
	}

	private Map<String, PropositionTally> tallies() {
		return stances.tallies().stream()
			.collect(Collectors.toMap(tally -> tally.proposition().slug(), Function.identity()));
	}

	private static PropositionListing listing(Proposition proposition, PropositionTally tally) {
		return new PropositionListing(new PropositionRef(proposition.getSlug(), proposition.getText()),
				proposition.getDescription(), tally == null ? 0 : tally.supports(), tally == null ? 0 : tally.disputes());
	}

}
