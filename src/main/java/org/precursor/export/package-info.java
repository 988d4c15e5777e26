/**
 * Downloads of the data, streamed as they are read: the claims of any view of the claims list as CSV, and the whole
 * dataset as JSON.
 */
package org.precursor.export;
