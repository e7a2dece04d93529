using System.Collections;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Schema;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Data
{
    /// <summary>
    /// The running configuration (the device's only datastore, :writable-running). An edit is applied to a
    /// fresh copy read from the backend, checked against the schema, then committed to the backend, which
    /// refuses or takes it whole. Edits from different sessions are serialised.
    /// </summary>
    public sealed class RunningDatastore
    {
        private readonly SchemaNode schema;
        private readonly IConfigBackend backend;
        private readonly object sync = new object();

        public RunningDatastore(SchemaNode schema, IConfigBackend backend)
        {
            this.schema = schema;
            this.backend = backend;
        }

        public SchemaNode Schema
        {
            get { return schema; }
        }

        /// <summary>Told after each edit that changed the configuration.</summary>
        public IConfigChangeListener? ChangeListener { get; set; }

        /// <summary>The running configuration as the device has it now.</summary>
        public ConfigNode Snapshot()
        {
            lock (sync)
            {
                return backend.Read();
            }
        }

        /// <summary>Applies an edit; returns the errors (empty when it was applied). With continueOnError each
        /// top-level element of config is applied or refused on its own (RFC 6241 §7.2 continue-on-error);
        /// otherwise the first error refuses the whole edit. testOnly checks without applying. The change
        /// listener hears of every commit, with the session that made it.</summary>
        public ArrayList Edit(XmlElement config, EditOperation defaultOperation, bool continueOnError, bool testOnly, int sessionId)
        {
            ArrayList errors = new ArrayList();
            lock (sync)
            {
                // default-operation replace: config replaces the whole configuration (§7.2).
                ConfigNode work = defaultOperation == EditOperation.Replace ? new ConfigNode(string.Empty, string.Empty, null) : backend.Read();
                EditOperation inherited = defaultOperation == EditOperation.Replace ? EditOperation.Merge : defaultOperation;
                for (int i = 0; i < config.ChildCount; i++)
                {
                    ConfigNode before = continueOnError ? work.Clone() : work;
                    RpcError? error = EditEngine.Apply(work, schema, config.Child(i), inherited);
                    if (error == null)
                    {
                        continue;
                    }

                    errors.Add(error);
                    if (!continueOnError)
                    {
                        return errors;
                    }

                    work = before;
                }

                if (testOnly || (errors.Count > 0 && errors.Count == config.ChildCount))
                {
                    return errors;
                }

                RpcError? refused = backend.Commit(work);
                if (refused != null)
                {
                    errors.Add(refused);
                }
                else if (ChangeListener != null)
                {
                    ChangeListener.ConfigChanged(sessionId);
                }

                return errors;
            }
        }
    }
}
