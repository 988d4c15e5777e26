/** Outlets and the articles in which claims are reported. */
package org.precursor.article;
