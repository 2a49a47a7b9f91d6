import { describe, expect, it } from 'vitest';
import { preferCodecs } from '../../../../common/sip/sdp-codec-order';

const offer = [
  'v=0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126',
  'a=rtpmap:111 opus/48000/2',
  'a=rtpmap:63 red/48000/2',
  'a=rtpmap:9 G722/8000',
  'a=rtpmap:0 PCMU/8000',
  'a=rtpmap:8 PCMA/8000',
  'a=rtpmap:13 CN/8000',
  'a=rtpmap:110 telephone-event/48000',
  'a=rtpmap:126 telephone-event/8000',
  '',
].join('\r\n');

describe('preferCodecs', () => {
  it('puts the preferred codecs first and keeps the rest in order', () => {
    const out = preferCodecs(offer, ['PCMA', 'PCMU']);
    expect(out).toContain('m=audio 9 UDP/TLS/RTP/SAVPF 8 0 111 63 9 13 110 126\r\n');
  });
  it('leaves everything but the m=audio line untouched', () => {
    const out = preferCodecs(offer, ['G722']);
    expect(out.split('\r\n').filter((l) => !l.startsWith('m=audio'))).toEqual(offer.split('\r\n').filter((l) => !l.startsWith('m=audio')));
  });
  it('matches codec names case-insensitively and ignores codecs the offer lacks', () => {
    expect(preferCodecs(offer.replace('opus', 'OPUS'), ['G722', 'opus'])).toContain('SAVPF 9 111 63 0 8 13 110 126');
  });
});
