-- Indexes for the public pages. The outlet filter matches an article's publisher or its original outlet, so the
-- original outlet needs an index of its own (the publisher has ix_article_outlet); claims are listed by date.
create index ix_article_original_outlet on article (original_outlet_id);
create index ix_article_published_on on article (published_on);
