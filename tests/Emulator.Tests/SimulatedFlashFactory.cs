using System;
using Callhome.AgentCore.Config;
using Callhome.Boards.Emulator;

namespace Callhome.Emulator.Tests
{
    /// <summary>Flash for the config store (two slots and a spare page) and copies of it, so each power-cut
    /// case starts from the same contents without replaying the saves that made them.</summary>
    internal static class SimulatedFlashFactory
    {
        public static readonly int PagesPerSlot = ConfigStore.PagesPerSlotFor(ConfigSamples.PageSize);

        public static SimulatedFlash Blank()
        {
            return new SimulatedFlash(ConfigSamples.PageSize, (2 * PagesPerSlot) + 1) { RequireErasedBeforeProgram = true };
        }

        public static SimulatedFlash CopyOf(SimulatedFlash source)
        {
            SimulatedFlash copy = Blank();
            Array.Copy(source.Cells, copy.Cells, source.Cells.Length);
            return copy;
        }

        public static ConfigStore Store(SimulatedFlash flash)
        {
            return new ConfigStore(flash, 1, PagesPerSlot);
        }
    }
}
