package org.precursor.supplychain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.precursor.history.RecordType;
import org.precursor.web.FormText;

/** How supply-chain links appear in the change history: the same fields as on their form. */
@Configuration(proxyBeanMethods = false)
class SupplyChainHistory {

	@Bean
	RecordType<SupplyChainLink> supplyChainLinkRecords() {
		return new RecordType<>(SupplyChainLink.class, "Supply-chain link", SupplyChainLink::getId,
				SupplyChainHistory::name, SupplyChainHistory::fields, id -> "/admin/supply-chain/" + id + "/edit");
	}

	private static String name(SupplyChainLink link) {
		return link.getOrigin().getName() + " → " + link.getDestination().getName() + ": " + link.getMoves().label();
	}

	private static Map<String, String> fields(SupplyChainLink link) {
		LinkForm form = LinkForm.of(link);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("From", link.getOrigin().getName());
		fields.put("To", link.getDestination().getName());
		fields.put("What moves", link.getMoves().label());
		fields.put("Stage", link.getStage().label());
		fields.put("How", link.getChannels().stream().map(Channel::label).collect(Collectors.joining(", ")));
		fields.put("Period", FormText.orEmpty(link.getPeriod()));
		fields.put("Summary", FormText.orEmpty(link.getDescription()));
		fields.put("Asserted by claims", FormText.orEmpty(form.getAssertingClaims()));
		fields.put("Disputed by claims", FormText.orEmpty(form.getDisputingClaims()));
		return fields;
	}

}
