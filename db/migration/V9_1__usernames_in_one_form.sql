-- Accounts are now stored and looked up under one normal form of their username (NFKC, case folded; see
-- admin/Usernames), compared exactly. Names created before were compared ignoring case, so no two of them differ
-- only by case, and the names the account form accepts are ASCII, for which lower() is that normal form.
update account set username = lower(username) where username <> lower(username);
