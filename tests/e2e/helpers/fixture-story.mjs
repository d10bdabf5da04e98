// A story with journey legs and events, for testing how the page draws them while the engine
// may not emit them yet: the real prebuilt story (dist/story.json) with its own legs and
// events replaced by a known set modelled on the sample articles (Kim's train to Vladivostok,
// three summits, one date on which the sources disagree).
export function withLegsAndEvents(story) {
  const places = story.features.filter((f) => f.properties.kind === 'place');
  const byName = (name) => places.find((f) => f.properties.name === name);
  const sentence = (name, re) => {
    const m = byName(name)?.properties.mentions.find((x) => re.test(x.sentence)) || byName(name)?.properties.mentions[0];
    return m ? { article: m.article, sentence: m.sentence } : null;
  };
  const ll = (name) => byName(name).geometry.coordinates;
  const [a0, , a2] = story.story.articles.map((a) => a.id);
  const leg = (seq, from, to, coords, certain, evidence) => ({
    type: 'Feature',
    id: `leg-kim-${seq}`,
    geometry: { type: 'LineString', coordinates: coords },
    properties: {
      kind: 'leg', trip: 'kim-train', traveller: 'Kim Jong Un', seq, from: byName(from)?.id ?? from, to: byName(to).id,
      mode: 'train', date: '2019-04-24', certain, evidence: evidence.filter(Boolean),
    },
  });
  const event = (id, type, place, date, participants, evidence, disagreements = []) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: ll(place) },
    properties: { kind: 'event', type, place: byName(place).id, date, participants, evidence: evidence.filter(Boolean), disagreements },
  });
  const features = [
    ...places,
    leg(1, 'North Korea', 'Korea-Russia Friendship Bridge', [[127.5, 39.9], [128.6, 40.7], [129.7, 41.8], ll('Korea-Russia Friendship Bridge')], false,
      [sentence('North Korea', /departed/)]),
    leg(2, 'Korea-Russia Friendship Bridge', 'Khasan', [ll('Korea-Russia Friendship Bridge'), ll('Khasan')], true,
      [sentence('Khasan', /station/)]),
    leg(3, 'Khasan', 'Vladivostok', [ll('Khasan'), [131.0, 43.2], [131.95, 43.8], ll('Vladivostok')], true,
      [sentence('Vladivostok', /setting off/)]),
    event('event-vladivostok-summit', 'summit', 'Vladivostok', '2019-04-25', ['Kim Jong Un', 'Vladimir Putin'],
      [sentence('Vladivostok', /summit/)]),
    event('event-hanoi-summit', 'summit', 'Hanoi', '2019-02', ['Kim Jong Un', 'Donald Trump'],
      [sentence('Hanoi', /./)],
      [{ field: 'date', values: [{ value: '2019-03', article: a0 }, { value: '2019-02', article: a2 }] }]),
    event('event-singapore-summit', 'summit', 'Singapore', '2018-06', ['Kim Jong Un', 'Donald Trump'],
      [sentence('Singapore', /./)]),
  ];
  return { ...story, features };
}
