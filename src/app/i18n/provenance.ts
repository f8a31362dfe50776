// The words of a passage's provenance (rule labels, confidence, inferred ends), in a catalogue of
// their own: only the lazily loaded provenance view needs them, so they stay out of the first load.
// Both languages are small; they are added to i18next when that view's chunk first runs.
import { i18n } from "./index";
import en from "./provenance.en.json";
import fr from "./provenance.fr.json";

export const PROVENANCE_CATALOGUES = { en, fr } as const;

for (const [language, messages] of Object.entries(PROVENANCE_CATALOGUES)) i18n.addResourceBundle(language, "translation", messages, true, false);
