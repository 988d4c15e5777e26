/** The home page: what the dataset holds, the most contested propositions and the latest claims. */
package org.precursor.home;
