-- Start-up work that checks the database and then writes to it (the first admin, the seed import) first locks this
-- one row, inside its own transaction: instances starting together on one database then do it one after the other,
-- and the second finds the work done. A row lock, because H2 and PostgreSQL share select ... for update.
create table start_up_lock (
    name varchar(50) not null primary key
);
insert into start_up_lock (name) values ('start-up');
