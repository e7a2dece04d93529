using System.Collections;

namespace Callhome.AgentCore.Netconf.Schema
{
    /// <summary>
    /// The compiled shape of one YANG data node, written by hand beside its .yang module (the device has no
    /// YANG compiler): kind, config or state, list keys and a bound on entries, leaf type. edit-config checks
    /// every element against it; tests check the .yang modules with yanglint and our replies against them.
    /// </summary>
    public sealed class SchemaNode
    {
        private readonly ArrayList children = new ArrayList();

        private SchemaNode(SchemaKind kind, string ns, string name, bool isConfig)
        {
            Kind = kind;
            Namespace = ns;
            Name = name;
            IsConfig = isConfig;
            Keys = new string[0];
        }

        public SchemaKind Kind { get; }

        public string Namespace { get; }

        public string Name { get; }

        public bool IsConfig { get; }

        /// <summary>List key leaves, in order (RFC 7950 §7.8.2).</summary>
        public string[] Keys { get; private set; }

        /// <summary>Most entries a list may hold (its max-elements), so no edit grows memory without bound.</summary>
        public int MaxEntries { get; private set; }

        public LeafType? Type { get; private set; }

        public int ChildCount
        {
            get { return children.Count; }
        }

        /// <summary>The nameless node above the modules' top-level nodes.</summary>
        public static SchemaNode Root()
        {
            return new SchemaNode(SchemaKind.Container, string.Empty, string.Empty, true);
        }

        public static SchemaNode Container(string ns, string name, bool isConfig)
        {
            return new SchemaNode(SchemaKind.Container, ns, name, isConfig);
        }

        public static SchemaNode List(string ns, string name, string[] keys, int maxEntries, bool isConfig)
        {
            SchemaNode list = new SchemaNode(SchemaKind.List, ns, name, isConfig);
            list.Keys = keys;
            list.MaxEntries = maxEntries;
            return list;
        }

        public static SchemaNode Leaf(string ns, string name, LeafType type, bool isConfig)
        {
            SchemaNode leaf = new SchemaNode(SchemaKind.Leaf, ns, name, isConfig);
            leaf.Type = type;
            return leaf;
        }

        /// <summary>Adds a child and returns this node, so a module reads as a tree.</summary>
        public SchemaNode Add(SchemaNode child)
        {
            children.Add(child);
            return this;
        }

        public SchemaNode Child(int index)
        {
            return (SchemaNode)children[index]!;
        }

        public SchemaNode? Find(string ns, string name)
        {
            for (int i = 0; i < children.Count; i++)
            {
                SchemaNode child = (SchemaNode)children[i]!;
                if (child.Name == name && child.Namespace == ns)
                {
                    return child;
                }
            }

            return null;
        }

        public bool IsKey(string name)
        {
            for (int i = 0; i < Keys.Length; i++)
            {
                if (Keys[i] == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when some node below the root lives in this namespace.</summary>
        public bool HasNamespace(string ns)
        {
            for (int i = 0; i < children.Count; i++)
            {
                if (((SchemaNode)children[i]!).Namespace == ns)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
