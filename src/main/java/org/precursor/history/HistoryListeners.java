package org.precursor.history;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.event.spi.EnversListenerDuplicationStrategy;
import org.hibernate.envers.event.spi.EnversPostCollectionRecreateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostDeleteEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostInsertEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionRemoveEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreUpdateEventListenerImpl;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.integrator.spi.Integrator;

/**
 * Registers Envers' listeners in place of its own registration (turned off by
 * {@code hibernate.envers.autoRegisterListeners=false}), each passing over the records that {@link AddedInBulk}
 * takes: those a large import adds, whose history it writes in one statement per table instead. Envers keeps a
 * transaction's changes in a list that it searches from the start whenever a record changes twice, so a million
 * records added in one transaction took hours. Every other change is recorded by Envers exactly as before.
 */
public class HistoryListeners implements Integrator {

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		EnversService envers = sessionFactory.getServiceRegistry().getService(EnversService.class);
		if (envers == null || !envers.isEnabled() || !envers.isInitialized()
				|| !envers.getEntitiesConfigurations().hasAuditedEntities()) {
			return;
		}
		EventListenerRegistry listeners = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
		listeners.addDuplicationStrategy(EnversListenerDuplicationStrategy.INSTANCE);
		listeners.appendListeners(EventType.POST_DELETE, new EnversPostDeleteEventListenerImpl(envers));
		listeners.appendListeners(EventType.POST_INSERT, new EnversPostInsertEventListenerImpl(envers) {
			@Override
			public void onPostInsert(PostInsertEvent event) {
				if (!AddedInBulk.takes(event.getEntity())) {
					super.onPostInsert(event);
				}
			}
		});
		listeners.appendListeners(EventType.PRE_UPDATE, new EnversPreUpdateEventListenerImpl(envers) {
			@Override
			public boolean onPreUpdate(PreUpdateEvent event) {
				return AddedInBulk.holds(event.getEntity()) ? false : super.onPreUpdate(event);
			}
		});
		listeners.appendListeners(EventType.POST_UPDATE, new EnversPostUpdateEventListenerImpl(envers) {
			@Override
			public void onPostUpdate(PostUpdateEvent event) {
				if (!AddedInBulk.holds(event.getEntity())) {
					super.onPostUpdate(event);
				}
			}
		});
		listeners.appendListeners(EventType.POST_COLLECTION_RECREATE,
				new EnversPostCollectionRecreateEventListenerImpl(envers) {
					@Override
					public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
						if (!AddedInBulk.holds(event.getAffectedOwnerOrNull())) {
							super.onPostRecreateCollection(event);
						}
					}
				});
		listeners.appendListeners(EventType.PRE_COLLECTION_REMOVE,
				new EnversPreCollectionRemoveEventListenerImpl(envers) {
					@Override
					public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
						if (!AddedInBulk.holds(event.getAffectedOwnerOrNull())) {
							super.onPreRemoveCollection(event);
						}
					}
				});
		listeners.appendListeners(EventType.PRE_COLLECTION_UPDATE,
				new EnversPreCollectionUpdateEventListenerImpl(envers) {
					@Override
					public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
						if (!AddedInBulk.holds(event.getAffectedOwnerOrNull())) {
							super.onPreUpdateCollection(event);
						}
					}
				});
	}

}
