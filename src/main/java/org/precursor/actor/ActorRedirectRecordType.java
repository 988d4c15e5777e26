package org.precursor.actor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.history.RecordType;

/** Redirects left by merges appear in the history beside the merge that made them. */
@Component
class ActorRedirectRecordType implements RecordType<ActorRedirect> {

	@Override
	public Class<ActorRedirect> type() {
		return ActorRedirect.class;
	}

	@Override
	public String label() {
		return "Redirect";
	}

	@Override
	public Long id(ActorRedirect redirect) {
		return redirect.getId();
	}

	@Override
	public String name(ActorRedirect redirect) {
		return "/actors/" + redirect.getOldSlug();
	}

	@Override
	public Map<String, String> fields(ActorRedirect redirect) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Old address", "/actors/" + redirect.getOldSlug());
		fields.put("Leads to", redirect.getActor().getName() + " (/actors/" + redirect.getActor().getSlug() + ")");
		return fields;
	}

	@Override
	public String adminPath(Long id) {
		return null;
	}

}
