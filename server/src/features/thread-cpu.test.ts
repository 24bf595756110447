// A thread's CPU time from /proc (the analysis deadline's clock, see background.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuMsOfStat, currentThreadId, threadCpuMs } from './thread-cpu';

test('the CPU time of a stat line is utime + stime, whatever the command name holds', () => {
  // A command name may hold spaces and parentheses: fields are counted after its last ')'.
  const stat = '4242 (node (worker) 1) R 1 4242 4242 0 -1 4194560 100 0 0 0 250 31 0 0 20 0 11 0 900 0 0';
  assert.equal(cpuMsOfStat(stat), (250 + 31) * 10);
  assert.equal(cpuMsOfStat('garbage'), null);
});

test('the main thread is the process, and its CPU time grows while it works', () => {
  const tid = currentThreadId();
  assert.equal(tid, process.pid);
  const before = threadCpuMs(tid!)!;
  assert.ok(before > 0);
  // Work until the count moves (ticks of 10 ms), for at most 10 s however loaded the machine.
  const until = Date.now() + 10_000;
  let x = 0;
  while (threadCpuMs(tid!) === before && Date.now() < until) for (let i = 0; i < 100_000; i++) x += Math.sqrt(i);
  assert.ok(x > 0);
  assert.ok(threadCpuMs(tid!)! > before);
  assert.equal(threadCpuMs(2 ** 30), null, 'no such thread');
});
