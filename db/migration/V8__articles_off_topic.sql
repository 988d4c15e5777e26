-- An article off the fentanyl topic (a story a republishing blog carried alongside) stays searchable, but its
-- claims are left out of the compare matrix, the actor network and the supply chain.
alter table article add column off_topic boolean not null default false;
alter table article_aud add column off_topic boolean;
