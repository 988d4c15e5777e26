package org.precursor.actor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.precursor.history.RecordType;

/** How actors, and the redirects their merges leave, appear in the change history. */
@Configuration(proxyBeanMethods = false)
class ActorHistory {

	@Bean
	RecordType<Actor> actorRecords() {
		return new RecordType<>(Actor.class, "Actor", Actor::getId, Actor::getName, actor -> {
			Map<String, String> fields = ActorForm.of(actor).describe();
			fields.put("Slug", actor.getSlug());
			return fields;
		}, id -> "/admin/actors/" + id + "/edit");
	}

	@Bean
	RecordType<ActorRedirect> actorRedirectRecords() {
		return new RecordType<>(ActorRedirect.class, "Redirect", ActorRedirect::getId,
				redirect -> "/actors/" + redirect.getOldSlug(), redirect -> {
					Map<String, String> fields = new LinkedHashMap<>();
					fields.put("Old address", "/actors/" + redirect.getOldSlug());
					fields.put("Leads to", redirect.getActor().getName() + " (/actors/" + redirect.getActor().getSlug() + ")");
					return fields;
				}, id -> null);
	}

}
