// Vague references to the present, past and future: "now", "recently", "in the future".
import { rel } from './resolve';
import { CARD, re, type Rule } from './rule';

export const VAGUE_RULES: Rule[] = [
  {
    name: 'present',
    trigger: /now|current|these days|present|at the moment/i,
    re: re(`\\b(?:right now|now|currently|then[- ]current|current|nowadays|these days|at present|presently|at the moment|the present)\\b(?![-’'])`, 'gi'),
    read: (m, ctx, text) => {
      // "the then-current price", "the then current chairman": current as of a past time (TimeML PAST_REF).
      void ctx;
      void text;
      return rel(/^then/i.test(m[0]) ? 'PAST_REF' : 'PRESENT_REF');
    },
  },
  {
    name: 'past',
    trigger: /recent|lately|the past/i,
    re: re(`\\b(?:recently|lately|more recently|in the past|the past|in recent (?:years|months|weeks|days)|recent (?:years|months|weeks|days))\\b(?![- ](?:year|month|week|day|decade)\\b)`, 'gi'),
    read: (m, ctx, text) => {
      const w = m[0].toLowerCase();
      if (w === 'the past' && /^\s+(?:few|several|\d|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|century)/i.test(text.slice(m.index + m[0].length))) return null;
      if (w === 'recent' && !/^\s+(?:weeks|months|years|days|times|history|past)\b/.test(text.slice(m.index + m[0].length)) && !/\b(?:the|in|of)\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index))) {
        return rel('PAST_REF');
      }
      return rel('PAST_REF');
    },
  },
  {
    // "the past few years", "the last five months", "the next few days": a stretch of time reaching back or
    // ahead from the present, with no calendar value of its own (TimeML PAST_REF / FUTURE_REF). Only plural
    // units: "the past year", "the next month" are calendar units (deictic.ts). "The previous three
    // months" counts from a time in the text, which this cannot tell: no value.
    name: 'stretch',
    trigger: /\b(?:past|last|next|coming|previous) /i,
    re: re(`\\bthe\\s+(past|last|next|coming|previous)\\s+(?:(?:few|several|couple\\s+of|${CARD})\\s+)?(days|weeks|months|years|decades|quarters)\\b`, 'gi'),
    read: (m) => {
      const w = m[1].toLowerCase();
      return rel(w === 'past' || w === 'last' ? 'PAST_REF' : w === 'previous' ? null : 'FUTURE_REF');
    },
  },
  {
    name: 'future',
    trigger: /future|coming|years ahead/i,
    re: re(`\\b(?:in the (?:near |distant )?future|the (?:near |distant )?future|in (?:the )?coming (?:days|weeks|months|years)|in the years ahead)\\b`, 'gi'),
    read: () => rel('FUTURE_REF'),
  },
];
