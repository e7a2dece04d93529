using Callhome.AgentCore.Crypto;

namespace Callhome.AgentCore.Ssh.Kex
{
    public delegate IKeyExchangeMethod KeyExchangeFactory(ICryptoSuite suite);

    /// <summary>An immutable key exchange descriptor: its SSH name and how to start one run.</summary>
    public sealed class KexAlgorithm
    {
        private readonly KeyExchangeFactory factory;

        public KexAlgorithm(string name, KeyExchangeFactory factory)
        {
            Name = name;
            this.factory = factory;
        }

        public string Name { get; }

        public IKeyExchangeMethod Start(ICryptoSuite suite)
        {
            return factory(suite);
        }
    }
}
