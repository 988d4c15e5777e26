package org.precursor.proposition;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.history.RecordType;

/** How propositions appear in the change history: the same fields as on their form. */
@Component
class PropositionRecordType implements RecordType<Proposition> {

	@Override
	public Class<Proposition> type() {
		return Proposition.class;
	}

	@Override
	public String label() {
		return "Proposition";
	}

	@Override
	public Long id(Proposition proposition) {
		return proposition.getId();
	}

	@Override
	public String name(Proposition proposition) {
		return proposition.getText();
	}

	@Override
	public Map<String, String> fields(Proposition proposition) {
		return PropositionForm.of(proposition).describe();
	}

	@Override
	public String adminPath(Long id) {
		return "/admin/propositions/" + id + "/edit";
	}

}
