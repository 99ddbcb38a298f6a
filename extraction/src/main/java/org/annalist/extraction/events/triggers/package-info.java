/**
 * TimeML event triggers: the {@link org.annalist.extraction.events.triggers.EventRecognizer}
 * finds the event mentions of a sentence (the trigger token, its TimeML class, tense, aspect,
 * polarity and modality) with a maximum-entropy model trained on TempEval-3 TBAQ-cleaned data
 * ({@code org/annalist/extraction/events/EVENT-MODEL.md} describes the committed model, {@code
 * SOURCES.md} its data), and rules over the verb group for the attributes. {@link
 * org.annalist.extraction.events.triggers.EventTrainer} trains such a model on an {@link
 * org.annalist.extraction.events.triggers.EventCorpus} (TimeML files run through the text stage)
 * with the {@link org.annalist.extraction.events.triggers.EventFeatureGroup}s it is given, and
 * {@link org.annalist.extraction.events.triggers.TriggerScores} gives its TempEval-3 Task B style
 * figures on held-out files.
 */
package org.annalist.extraction.events.triggers;
