package org.precursor.claim;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;

import org.precursor.history.RevisionAuthor;
import org.precursor.web.SignedIn;

/**
 * Adds the proposals an editor accepted as claims of the article, through the claim form's own rules and save
 * ({@link RecordingClaim}). All of them or none: one refusal writes nothing and leaves its message beside the row's
 * field. The history shows the editor as the author, with the extractor as the proposer.
 */
@Component
class AcceptingProposals {

	static final String PROPOSED = " (proposed by the claim extractor)";

	private final RecordingClaim recording;

	private final SmartValidator validator;

	private final TransactionTemplate transactions;

	AcceptingProposals(RecordingClaim recording, SmartValidator validator,
			PlatformTransactionManager transactions) {
		this.recording = recording;
		this.validator = validator;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Whether the rows were added; when not, the reasons are in {@code errors} under each row's path. */
	boolean accept(Long articleId, ProposalReview review, List<Integer> rows, BindingResult errors) {
		String author = SignedIn.username().orElse("an editor") + PROPOSED;
		return RevisionAuthor.actingAs(author, () -> transactions.execute(status -> {
			for (int index : rows) {
				ClaimForm form = review.getProposals().get(index).getClaim();
				errors.pushNestedPath("proposals[" + index + "].claim");
				int before = errors.getErrorCount();
				validator.validate(form, errors);
				if (errors.getErrorCount() == before) {
					recording.add(articleId, form, errors);
				}
				errors.popNestedPath();
			}
			if (errors.hasErrors()) {
				status.setRollbackOnly();
				return false;
			}
			return true;
		}));
	}

}
