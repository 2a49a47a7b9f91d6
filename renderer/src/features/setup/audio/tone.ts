// Test sounds for the audio step, each on a chosen output: WebAudio → MediaStreamDestination → an
// <audio> element whose setSinkId picks the device (an AudioContext alone always plays on the default).
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function onSink(audio: HTMLAudioElement, sinkId: string): Promise<void> {
  if (sinkId && sinkId !== 'default') await audio.setSinkId(sinkId);
}

/** Plays a sine of `frequency` Hz for `ms` on the output `sinkId` ('default' = the system's). */
export async function playTone(sinkId: string, frequency: number, ms: number): Promise<void> {
  const context = new AudioContext();
  const oscillator = context.createOscillator();
  oscillator.frequency.value = frequency;
  const gain = context.createGain();
  gain.gain.value = 0.2;
  const destination = context.createMediaStreamDestination();
  oscillator.connect(gain).connect(destination);
  const audio = new Audio();
  audio.srcObject = destination.stream;
  try {
    await onSink(audio, sinkId);
    oscillator.start();
    await audio.play();
    await sleep(ms);
  } finally {
    audio.pause();
    audio.srcObject = null;
    await context.close();
  }
}

/** Records `ms` of the microphone `deviceId`; resolves with the recording. */
export async function recordMicrophone(deviceId: string, ms: number): Promise<Blob> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: deviceId === 'default' ? true : { deviceId: { exact: deviceId } }, video: false });
  try {
    const recorder = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
    recorder.start();
    await sleep(ms);
    recorder.stop();
    await stopped;
    return new Blob(chunks, { type: recorder.mimeType });
  } finally {
    stream.getTracks().forEach((track) => track.stop());
  }
}

/** Plays a recording on `sinkId` to its end (or `maxMs`, whichever comes first). */
export async function playRecording(blob: Blob, sinkId: string, maxMs: number): Promise<void> {
  const url = URL.createObjectURL(blob);
  const audio = new Audio();
  audio.src = url;
  try {
    await onSink(audio, sinkId);
    const ended = new Promise<void>((resolve) => audio.addEventListener('ended', () => resolve(), { once: true }));
    await audio.play();
    await Promise.race([ended, sleep(maxMs)]);
  } finally {
    audio.pause();
    URL.revokeObjectURL(url);
  }
}
