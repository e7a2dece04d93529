using System;
using Callhome.AgentCore.Config;
using Callhome.AgentCore.Console;
using Callhome.AgentCore.Identity;
using Callhome.Portable.Tests.Config;
using Callhome.Portable.Tests.Crypto;

namespace Callhome.Portable.Tests.Console
{
    /// <summary>A console over RAM flash and a RAM key store, driven with text; collects what it replies.</summary>
    internal sealed class ConsoleHarness
    {
        public const int PageSize = 4096;

        public ConsoleHarness(bool withKey)
        {
            Flash = new RamFlash(PageSize, 2);
            Keys = new MemoryKeyStore();
            Store = new ConfigStore(Flash, 0, 1);
            DeviceIdentity? identity = withKey ? DeviceIdentity.LoadOrCreate(Keys, SuiteUnderTest.Suite) : null;
            Console = new ConsoleInterpreter(Store, Keys, SuiteUnderTest.Suite, Store.Load(), identity);
            Console.Committed += _ => Commits++;
            Console.RebootRequested += _ => Reboots++;
            Console.Start();
            Take();
        }

        public RamFlash Flash { get; }

        public MemoryKeyStore Keys { get; }

        public ConfigStore Store { get; }

        public ConsoleInterpreter Console { get; }

        public int Commits { get; private set; }

        public int Reboots { get; private set; }

        /// <summary>Sends the text as bytes and returns everything the console replied.</summary>
        public string Send(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return SendBytes(bytes);
        }

        public string SendBytes(byte[] bytes)
        {
            Console.Feed(bytes, 0, bytes.Length);
            return Take();
        }

        /// <summary>The configuration a reboot would load.</summary>
        public DeviceConfig Reloaded()
        {
            return new ConfigStore(Flash, 0, 1).Load();
        }

        public static int Count(string text, string part)
        {
            int count = 0;
            int at = text.IndexOf(part);
            while (at >= 0)
            {
                count++;
                at = text.IndexOf(part, at + part.Length);
            }

            return count;
        }

        private string Take()
        {
            byte[] buffer = new byte[Console.Output.Available];
            int count = Console.Output.Read(buffer, 0, buffer.Length);
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)buffer[i];
            }

            return new string(chars);
        }
    }
}
