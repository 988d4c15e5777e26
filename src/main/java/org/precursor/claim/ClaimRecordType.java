package org.precursor.claim;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.history.RecordType;

/** How claims appear in the change history: their article, then the fields of their form. */
@Component
class ClaimRecordType implements RecordType<Claim> {

	@Override
	public Class<Claim> type() {
		return Claim.class;
	}

	@Override
	public String label() {
		return "Claim";
	}

	@Override
	public Long id(Claim claim) {
		return claim.getId();
	}

	@Override
	public String name(Claim claim) {
		String text = claim.getText();
		return claim.getClaimant().getName() + ": " + (text.length() > 80 ? text.substring(0, 80) + "…" : text);
	}

	@Override
	public Map<String, String> fields(Claim claim) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Article", claim.getArticle().getTitle());
		fields.putAll(ClaimForm.describe(claim));
		return fields;
	}

	@Override
	public String adminPath(Long id) {
		return "/admin/claims/" + id;
	}

}
