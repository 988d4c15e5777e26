/** Layout-wide pieces: the home page, error pages and helpers shared by several features. */
package org.precursor.web;
