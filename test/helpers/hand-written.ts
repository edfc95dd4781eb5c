// A goal file as a person writes it by hand: comments on their own lines and after values,
// keys out of order, dates unquoted, quotes of both kinds. The edit tests start from it.
export const HAND_WRITTEN = `# My most important goal this year.
# Keep it honest: review every Friday.

version: 1
title: "Lead the CRM rollout: phase 1"
horizon: short   # this year
type: position
created: 2026-01-05
deadline: 2026-06-30 # agreed with my manager
important: true
why: 'The sales team loses deals to bad data'

milestones:
  - id: pilot
    # the pilot team is sales
    title: Pilot with sales
    due: 2026-03-01
  - due: 2026-05-01   # before the summer
    title: All teams
    id: all-teams
metric:
  target: 40
  name: teams onboarded
  start: 0
progressLog:
  - date: 2026-02-01
    value: 10   # first week
# notes to self below
`;
