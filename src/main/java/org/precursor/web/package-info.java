/**
 * Layout-wide pieces that know no feature: error pages, slugs, pagination, form helpers and htmx responses, and the
 * lock that start-up work takes when several instances share one database.
 */
package org.precursor.web;
