using System;
using System.Collections.Generic;
using Callhome.Boards.Emulator.Physics;

namespace Callhome.Boards.Emulator.Scenario
{
    /// <summary>
    /// Plays a parsed scenario on a target over virtual time: events due at or before "now" are applied, then
    /// the physics and the clock step by at most <see cref="StepMilliseconds"/> (never past the next event, so
    /// events land on their exact time), then the caller's per-step action runs (typically the controllers' polls).
    /// </summary>
    public sealed class ScenarioRunner
    {
        private readonly IReadOnlyList<ScenarioEvent> events;
        private readonly ScenarioTarget target;
        private readonly VirtualClock clock;
        private int next;

        public ScenarioRunner(IReadOnlyList<ScenarioEvent> events, ScenarioTarget target, VirtualClock clock)
        {
            this.events = events ?? throw new ArgumentNullException(nameof(events));
            this.target = target ?? throw new ArgumentNullException(nameof(target));
            this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
            foreach (ScenarioEvent e in events)
            {
                target.Check(e);
            }
        }

        public int StepMilliseconds { get; set; } = 1000;

        public int EventsApplied => next;

        public bool Finished => next >= events.Count;

        /// <summary>Runs until <paramref name="milliseconds"/> of virtual time (absolute), applying due events.</summary>
        public void RunUntil(long milliseconds, Action? afterStep = null)
        {
            while (true)
            {
                long now = clock.ElapsedMilliseconds;
                while (next < events.Count && events[next].AtMilliseconds <= now)
                {
                    target.Apply(events[next++]);
                }

                if (now >= milliseconds)
                {
                    return;
                }

                long step = Math.Min(StepMilliseconds, milliseconds - now);
                if (next < events.Count)
                {
                    step = Math.Min(step, events[next].AtMilliseconds - now);
                }

                target.Step(step);
                clock.Advance(step);
                afterStep?.Invoke();
            }
        }
    }
}
