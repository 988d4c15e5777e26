/** The change history of every record: who changed what and when, kept by Hibernate Envers. */
package org.precursor.history;
