/** Downloads of the data: the claims of any view of the claims list as CSV, streamed as they are read. */
package org.precursor.export;
