/** Accounts, security configuration and the admin dashboard. */
package org.precursor.admin;
