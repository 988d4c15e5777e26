package org.precursor.proposition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.precursor.history.RecordType;

/** How propositions appear in the change history: the same fields as on their form. */
@Configuration(proxyBeanMethods = false)
class PropositionHistory {

	@Bean
	RecordType<Proposition> propositionRecords() {
		return new RecordType<>(Proposition.class, "Proposition", Proposition::getId, Proposition::getText,
				proposition -> PropositionForm.of(proposition).describe(), id -> "/admin/propositions/" + id + "/edit");
	}

}
