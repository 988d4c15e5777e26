package org.precursor.claim;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.precursor.history.RecordType;

/** How claims appear in the change history: their article, then the fields of their form. */
@Configuration(proxyBeanMethods = false)
class ClaimHistory {

	@Bean
	RecordType<Claim> claimRecords() {
		return new RecordType<>(Claim.class, "Claim", Claim::getId, ClaimHistory::name, claim -> {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("Article", claim.getArticle().getTitle());
			fields.putAll(ClaimForm.describe(claim));
			return fields;
		}, id -> "/admin/claims/" + id);
	}

	private static String name(Claim claim) {
		String text = claim.getText();
		return claim.getClaimant().getName() + ": " + (text.length() > 80 ? text.substring(0, 80) + "…" : text);
	}

}
