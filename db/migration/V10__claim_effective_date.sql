-- Lists of claims are newest first by the date each claim was made, or failing that the date its article was
-- published. An expression over two tables cannot be indexed, so the date is kept on the claim itself (the
-- application sets it whenever a claim or its article's date changes) and indexed for the orders lists use.
alter table claim add column effective_on date;

update claim set effective_on = coalesce(made_on, (select a.published_on from article a where a.id = claim.article_id));

create index ix_claim_newest on claim (effective_on desc nulls last, article_id, position, id);
create index ix_claim_claimant_newest on claim (claimant_id, effective_on desc nulls last, article_id, position, id);
