package org.precursor.article;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.precursor.support.Fixtures;
import org.precursor.web.StaleEditException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two editors saving the same article at the same moment: one wins, the other is told, nothing is lost silently. */
@SpringBootTest
class ConcurrentEditTests {

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private EditingArticle editing;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private ApplicationContext context;

	@Test
	void aSaveOverAVersionCommittedMeanwhileIsRefusedByTheDatabaseVersionCheck() {
		Article article = Fixtures.in(context).article("Contested");
		TransactionTemplate outer = new TransactionTemplate(transactionManager);
		TransactionTemplate inner = new TransactionTemplate(transactionManager);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		assertThatThrownBy(() -> outer.executeWithoutResult(tx -> {
			articles.findById(article.getId()).orElseThrow().retitle("Mine");
			inner.executeWithoutResult(other -> articles.findById(article.getId()).orElseThrow().retitle("Theirs"));
		})).isInstanceOf(ObjectOptimisticLockingFailureException.class);

		assertThat(articles.findById(article.getId()).orElseThrow().getTitle()).isEqualTo("Theirs");
	}

	@Test
	void ofTwoEditorsSavingTheSameVersionAtOnceExactlyOneSucceeds() throws Exception {
		Article article = Fixtures.in(context).article("Raced");
		CyclicBarrier start = new CyclicBarrier(2);
		List<Callable<String>> editors = new ArrayList<>();
		for (String title : List.of("Alice's title", "Bob's title")) {
			editors.add(() -> {
				ArticleForm form = formFor(article, title);
				start.await();
				try {
					editing.update(article.getId(), form);
					return "saved";
				}
				catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
					return "refused";
				}
			});
		}

		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<String> outcomes = new ArrayList<>();
		try {
			for (Future<String> outcome : pool.invokeAll(editors)) {
				outcomes.add(outcome.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(outcomes).containsExactlyInAnyOrder("saved", "refused");
		Article stored = articles.findById(article.getId()).orElseThrow();
		assertThat(stored.getTitle()).isIn("Alice's title", "Bob's title");
		assertThat(stored.getVersion()).isEqualTo(article.getVersion() + 1);
	}

	private static ArticleForm formFor(Article article, String title) {
		ArticleForm form = new ArticleForm();
		form.setUrl(article.getUrl());
		form.setTitle(title);
		form.setOutletName("Reuters");
		form.setPublishedOn(article.getPublishedOn());
		form.setVersion(article.getVersion());
		return form;
	}

}
