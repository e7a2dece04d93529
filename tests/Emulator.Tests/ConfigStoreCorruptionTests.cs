using System;
using Callhome.AgentCore.Config;
using Callhome.Boards.Emulator;
using Xunit;

namespace Callhome.Emulator.Tests
{
    /// <summary>Damage after the fact (bit rot, a stray write, garbage): loading falls back slot by slot to
    /// factory defaults with a reason, and never throws.</summary>
    public class ConfigStoreCorruptionTests
    {
        private static int SlotAddress(int slot) => (1 + (slot * SimulatedFlashFactory.PagesPerSlot)) * ConfigSamples.PageSize;

        /// <summary>Slot 0 holds Old (sequence 1), slot 1 holds New (sequence 2).</summary>
        private static SimulatedFlash TwoSaves(out int newRecordLength)
        {
            SimulatedFlash flash = SimulatedFlashFactory.Blank();
            SimulatedFlashFactory.Store(flash).Save(ConfigSamples.Old());
            long before = flash.Operations;
            SimulatedFlashFactory.Store(flash).Save(ConfigSamples.New());
            newRecordLength = (int)(flash.Operations - before) - (SimulatedFlashFactory.PagesPerSlot * ConfigSamples.PageSize);
            return flash;
        }

        [Fact]
        public void SavesAlternateSlotsAndTheNewerSequenceWins()
        {
            SimulatedFlash flash = SimulatedFlashFactory.Blank();
            ConfigStore store = SimulatedFlashFactory.Store(flash);
            Assert.Equal(-1, store.ActiveSlot);
            store.Save(ConfigSamples.Old());
            Assert.Equal(0, store.ActiveSlot);
            store.Save(ConfigSamples.New());
            Assert.Equal(1, store.ActiveSlot);
            store.Save(ConfigSamples.Third());
            Assert.Equal(0, store.ActiveSlot);
            Assert.Equal(3u, store.Sequence);

            ConfigStore rebooted = SimulatedFlashFactory.Store(flash);
            Assert.True(rebooted.Load().ContentEquals(ConfigSamples.Third()));
            Assert.Equal(ConfigLoadStatus.Loaded, rebooted.LoadStatus);
            Assert.Equal("slot 0: valid, sequence 3; slot 1: valid, sequence 2", rebooted.LoadDetail);
        }

        [Fact]
        public void ABlankFlashLoadsFactoryDefaultsAsNothingStored()
        {
            ConfigStore store = SimulatedFlashFactory.Store(SimulatedFlashFactory.Blank());
            Assert.True(store.Load().ContentEquals(DeviceConfig.FactoryDefaults()));
            Assert.Equal(ConfigLoadStatus.FactoryDefaultsNothingStored, store.LoadStatus);
        }

        [Theory]
        [InlineData(0x01)]
        [InlineData(0x80)]
        [InlineData(0xFF)]
        public void DamageToAnyByteOfTheNewestRecordFallsBackToTheOlderOne(int xor)
        {
            SimulatedFlash baseline = TwoSaves(out int length);
            for (int i = 0; i < length; i++)
            {
                SimulatedFlash flash = SimulatedFlashFactory.CopyOf(baseline);
                flash.Cells[SlotAddress(1) + i] ^= (byte)xor;
                ConfigStore store = SimulatedFlashFactory.Store(flash);
                Assert.True(store.Load().ContentEquals(ConfigSamples.Old()), "byte " + i + ": " + store.LoadDetail);
                Assert.Equal(ConfigLoadStatus.LoadedOtherSlotCorrupt, store.LoadStatus);
            }
        }

        [Fact]
        public void BothSlotsCorruptLoadsFactoryDefaultsWithTheReasons()
        {
            SimulatedFlash flash = TwoSaves(out _);
            flash.Cells[SlotAddress(0) + 20] ^= 0x10;
            flash.Cells[SlotAddress(1)] = 0x00;
            ConfigStore store = SimulatedFlashFactory.Store(flash);
            Assert.True(store.Load().ContentEquals(DeviceConfig.FactoryDefaults()));
            Assert.Equal(ConfigLoadStatus.FactoryDefaultsCorrupt, store.LoadStatus);
            Assert.Equal("slot 0: CRC mismatch; slot 1: no record header", store.LoadDetail);

            store.Save(ConfigSamples.Third());
            Assert.True(SimulatedFlashFactory.Store(flash).Load().ContentEquals(ConfigSamples.Third()));
        }

        [Fact]
        public void RandomGarbageNeverThrows()
        {
            var random = new Random(20261124);
            SimulatedFlash flash = SimulatedFlashFactory.Blank();
            for (int round = 0; round < 300; round++)
            {
                random.NextBytes(flash.Cells);
                if (round % 2 == 0)
                {
                    // A plausible header, so the length and CRC checks are reached too.
                    int at = SlotAddress(round % 4 == 0 ? 0 : 1);
                    flash.Cells[at] = 0x43;
                    flash.Cells[at + 1] = 0x48;
                    flash.Cells[at + 2] = 0x43;
                    flash.Cells[at + 3] = 0x46;
                    flash.Cells[at + 4] = 1;
                    flash.Cells[at + 10] = (byte)(random.Next(6));
                }

                ConfigStore store = SimulatedFlashFactory.Store(flash);
                Assert.True(store.Load().ContentEquals(DeviceConfig.FactoryDefaults()));
                Assert.Equal(ConfigLoadStatus.FactoryDefaultsCorrupt, store.LoadStatus);
            }
        }

        [Fact]
        public void AValidCrcOverAMalformedPayloadIsStillRejected()
        {
            SimulatedFlash flash = SimulatedFlashFactory.Blank();
            byte[] payload = { 0x01, 0x00, 0x40, 0x41 }; // DeviceName claiming 64 bytes, 1 present
            WriteRecord(flash, 0, 1, payload);
            ConfigStore store = SimulatedFlashFactory.Store(flash);
            Assert.True(store.Load().ContentEquals(DeviceConfig.FactoryDefaults()));
            Assert.StartsWith("slot 0: bad payload: field length 64 overruns", store.LoadDetail, StringComparison.Ordinal);
        }

        [Fact]
        public void TheSequenceNumberWrapsAround()
        {
            SimulatedFlash flash = SimulatedFlashFactory.Blank();
            byte[] payload = new byte[ConfigLimits.MaxPayloadBytes];
            int oldLength = ConfigCodec.Encode(ConfigSamples.Old(), payload, 0, payload.Length);
            WriteRecord(flash, 0, 0xFFFFFFFF, payload.AsSpan(0, oldLength).ToArray());
            int newLength = ConfigCodec.Encode(ConfigSamples.New(), payload, 0, payload.Length);
            WriteRecord(flash, 1, 0, payload.AsSpan(0, newLength).ToArray());

            ConfigStore store = SimulatedFlashFactory.Store(flash);
            Assert.True(store.Load().ContentEquals(ConfigSamples.New()), "sequence 0 follows FFFFFFFFh");
            store.Save(ConfigSamples.Third());
            Assert.Equal(1u, store.Sequence);
            Assert.Equal(0, store.ActiveSlot);
        }

        [Fact]
        public void AWornCellFailsTheSaveAndKeepsTheOldConfig()
        {
            SimulatedFlash flash = SimulatedFlashFactory.Blank();
            ConfigStore store = SimulatedFlashFactory.Store(flash);
            store.Save(ConfigSamples.Old());
            flash.WornOutAddress = SlotAddress(1) + 20;
            Assert.Throws<System.IO.IOException>(() => store.Save(ConfigSamples.New()));
            Assert.Equal(0, store.ActiveSlot);

            ConfigStore rebooted = SimulatedFlashFactory.Store(flash);
            Assert.True(rebooted.Load().ContentEquals(ConfigSamples.Old()));
            Assert.Equal(ConfigLoadStatus.LoadedOtherSlotCorrupt, rebooted.LoadStatus);
        }

        [Fact]
        public void AnInvalidConfigIsRefusedBeforeTheFlashIsTouched()
        {
            SimulatedFlash flash = SimulatedFlashFactory.Blank();
            ConfigStore store = SimulatedFlashFactory.Store(flash);
            DeviceConfig bad = ConfigSamples.New();
            bad.ReconnectMaxSeconds = 1;
            Assert.Throws<ArgumentException>(() => store.Save(bad));
            Assert.Equal(0, flash.EraseCount);
        }

        [Fact]
        public void TheLargestValidConfigFitsOneSlot()
        {
            var largest = new DeviceConfig
            {
                DeviceName = new string('n', ConfigLimits.MaxDeviceNameLength),
                ManagerEndpoints = new ManagerEndpoint[ConfigLimits.MaxEndpoints],
                ManagerHostKeyFingerprint = "SHA256:" + new string('z', 43),
            };
            for (int i = 0; i < largest.ManagerEndpoints.Length; i++)
            {
                largest.ManagerEndpoints[i] = new ManagerEndpoint(new string((char)('a' + i), ConfigLimits.MaxHostLength), 65535);
            }

            SimulatedFlash flash = SimulatedFlashFactory.Blank();
            SimulatedFlashFactory.Store(flash).Save(largest);
            Assert.True(SimulatedFlashFactory.Store(flash).Load().ContentEquals(largest));
        }

        private static void WriteRecord(SimulatedFlash flash, int slot, uint sequence, byte[] payload)
        {
            byte[] record = new byte[ConfigLimits.HeaderBytes + payload.Length + ConfigLimits.CrcBytes];
            record[0] = 0x43;
            record[1] = 0x48;
            record[2] = 0x43;
            record[3] = 0x46;
            record[4] = 1;
            record[6] = (byte)(sequence >> 24);
            record[7] = (byte)(sequence >> 16);
            record[8] = (byte)(sequence >> 8);
            record[9] = (byte)sequence;
            record[10] = (byte)(payload.Length >> 8);
            record[11] = (byte)payload.Length;
            payload.CopyTo(record, ConfigLimits.HeaderBytes);
            uint crc = Crc32.Compute(record, 0, record.Length - 4);
            record[^4] = (byte)(crc >> 24);
            record[^3] = (byte)(crc >> 16);
            record[^2] = (byte)(crc >> 8);
            record[^1] = (byte)crc;
            flash.Program(SlotAddress(slot), record, 0, record.Length);
        }
    }
}
