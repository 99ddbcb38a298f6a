/**
 * TimeML event triggers: the {@link org.annalist.extraction.events.triggers.EventRecognizer}
 * finds the event mentions of a sentence (the trigger token, its TimeML class, tense, aspect,
 * polarity and modality) with a statistical model trained on TempEval-3 TBAQ-cleaned data
 * ({@code org/annalist/extraction/events/EVENT-MODEL.md} describes the committed model).
 */
package org.annalist.extraction.events.triggers;
