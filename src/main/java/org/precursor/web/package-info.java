/** Layout-wide pieces that know no feature: error pages, slugs, pagination, form helpers and htmx responses. */
package org.precursor.web;
