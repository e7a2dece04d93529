using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Schema;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Data
{
    /// <summary>
    /// Applies the content of an edit-config's config element to a configuration tree (RFC 6241 §7.2), checking
    /// every element against the schema: unknown elements, state data, values outside their type, missing
    /// list keys, create on existing data, delete on missing data and full lists are refused with the RFC 6241
    /// Appendix A error. The caller applies to a clone and keeps the original on error, so a failed edit
    /// changes nothing (stop-on-error and rollback-on-error alike).
    /// </summary>
    public static class EditEngine
    {
        /// <summary>Applies one top-level element of config (and all below it) to root. Null on success, else
        /// the first error, with root then partly changed: apply to a clone.</summary>
        public static RpcError? Apply(ConfigNode root, SchemaNode schema, XmlElement element, EditOperation defaultOperation)
        {
            return Node(root, schema, element, defaultOperation);
        }

        private static RpcError? Children(ConfigNode data, SchemaNode schema, XmlElement edit, EditOperation inherited)
        {
            for (int i = 0; i < edit.ChildCount; i++)
            {
                RpcError? error = Node(data, schema, edit.Child(i), inherited);
                if (error != null)
                {
                    return error;
                }
            }

            return null;
        }

        private static RpcError? Node(ConfigNode parent, SchemaNode parentSchema, XmlElement edit, EditOperation inherited)
        {
            SchemaNode? schema = parentSchema.Find(edit.Namespace, edit.LocalName);
            if (schema == null)
            {
                return EditError.At(edit, RpcErrorType.Application, RpcErrorTags.UnknownElement, edit.LocalName + " is not in the schema here");
            }

            if (!schema.IsConfig)
            {
                return EditError.At(edit, RpcErrorType.Application, RpcErrorTags.InvalidValue, edit.LocalName + " is state data, not configuration");
            }

            EditOperation operation = inherited;
            string? attribute = edit.AttributeValue(NetconfNamespaces.Base, "operation");
            if (attribute != null && !TryParse(attribute, out operation))
            {
                RpcError bad = EditError.At(edit, RpcErrorType.Protocol, RpcErrorTags.BadAttribute, "operation \"" + attribute + "\" is not merge, replace, create, delete or remove");
                bad.BadAttribute = "operation";
                return bad;
            }

            RpcError? keyError = null;
            ConfigNode? existing = schema.Kind == SchemaKind.List ? FindEntry(parent, schema, edit, out keyError) : parent.Find(schema.Namespace, schema.Name);
            if (keyError != null)
            {
                return keyError;
            }

            switch (operation)
            {
                case EditOperation.Create:
                    return existing != null
                        ? EditError.At(edit, RpcErrorType.Application, RpcErrorTags.DataExists, edit.LocalName + " exists already")
                        : Build(parent, schema, edit);
                case EditOperation.Delete:
                    if (existing == null)
                    {
                        return EditError.At(edit, RpcErrorType.Application, RpcErrorTags.DataMissing, edit.LocalName + " does not exist");
                    }

                    parent.Remove(existing);
                    return null;
                case EditOperation.Remove:
                    if (existing != null)
                    {
                        parent.Remove(existing);
                    }

                    return null;
                case EditOperation.Replace:
                    if (existing != null)
                    {
                        parent.Remove(existing);
                    }

                    return Build(parent, schema, edit);
                default:
                    return Merge(parent, existing, schema, edit, operation);
            }
        }

        // merge, or none: descend, creating containers and entries only where something below is merged.
        private static RpcError? Merge(ConfigNode parent, ConfigNode? existing, SchemaNode schema, XmlElement edit, EditOperation operation)
        {
            if (schema.Kind == SchemaKind.Leaf)
            {
                if (operation == EditOperation.None)
                {
                    return null;
                }

                RpcError? invalid = Value(schema, edit, out string value);
                if (invalid != null)
                {
                    return invalid;
                }

                if (existing == null)
                {
                    parent.Add(new ConfigNode(schema.Namespace, schema.Name, value));
                }
                else
                {
                    existing.Value = value;
                }

                return null;
            }

            if (existing != null)
            {
                return Children(existing, schema, edit, operation);
            }

            if (operation == EditOperation.None && !HasOperationBelow(edit))
            {
                return null;
            }

            if (operation == EditOperation.Merge)
            {
                return Build(parent, schema, edit);
            }

            // none with an operation deeper down: the node is created empty (plus list keys) to hold it.
            ConfigNode created = new ConfigNode(schema.Namespace, schema.Name, null);
            RpcError? error = Capacity(parent, schema, edit) ?? CopyKeys(created, schema, edit);
            if (error != null)
            {
                return error;
            }

            parent.Add(created);
            return Children(created, schema, edit, operation);
        }

        // A new node from the edit's whole subtree (create, replace, merge of missing data).
        private static RpcError? Build(ConfigNode parent, SchemaNode schema, XmlElement edit)
        {
            if (schema.Kind == SchemaKind.Leaf)
            {
                RpcError? invalid = Value(schema, edit, out string value);
                if (invalid == null)
                {
                    parent.Add(new ConfigNode(schema.Namespace, schema.Name, value));
                }

                return invalid;
            }

            RpcError? full = Capacity(parent, schema, edit);
            if (full != null)
            {
                return full;
            }

            ConfigNode node = new ConfigNode(schema.Namespace, schema.Name, null);
            parent.Add(node);
            return Children(node, schema, edit, EditOperation.Merge);
        }

        private static RpcError? Capacity(ConfigNode parent, SchemaNode schema, XmlElement edit)
        {
            if (schema.Kind == SchemaKind.List && parent.Count(schema.Namespace, schema.Name) >= schema.MaxEntries)
            {
                return EditError.At(edit, RpcErrorType.Application, RpcErrorTags.ResourceDenied, "at most " + schema.MaxEntries + " " + schema.Name + " entries");
            }

            return null;
        }

        private static RpcError? CopyKeys(ConfigNode entry, SchemaNode schema, XmlElement edit)
        {
            for (int k = 0; k < schema.Keys.Length; k++)
            {
                XmlElement key = edit.FirstChild(schema.Namespace, schema.Keys[k])!;
                RpcError? invalid = Value(schema.Find(schema.Namespace, schema.Keys[k])!, key, out string value);
                if (invalid != null)
                {
                    return invalid;
                }

                entry.Add(new ConfigNode(schema.Namespace, schema.Keys[k], value));
            }

            return null;
        }

        // A list entry is named by all its keys (RFC 7950 §7.8.2); their values are compared canonically.
        private static ConfigNode? FindEntry(ConfigNode parent, SchemaNode schema, XmlElement edit, out RpcError? error)
        {
            error = null;
            string[] values = new string[schema.Keys.Length];
            for (int k = 0; k < schema.Keys.Length; k++)
            {
                XmlElement? key = edit.FirstChild(schema.Namespace, schema.Keys[k]);
                if (key == null)
                {
                    error = EditError.At(edit, RpcErrorType.Protocol, RpcErrorTags.MissingElement, edit.LocalName + " needs its key " + schema.Keys[k]);
                    error.BadElement = schema.Keys[k];
                    return null;
                }

                error = Value(schema.Find(schema.Namespace, schema.Keys[k])!, key, out values[k]);
                if (error != null)
                {
                    return null;
                }
            }

            for (int i = 0; i < parent.ChildCount; i++)
            {
                ConfigNode entry = parent.Child(i);
                if (entry.Name == schema.Name && entry.Namespace == schema.Namespace && KeysEqual(entry, schema, values))
                {
                    return entry;
                }
            }

            return null;
        }

        private static bool KeysEqual(ConfigNode entry, SchemaNode schema, string[] values)
        {
            for (int k = 0; k < values.Length; k++)
            {
                if (entry.LeafValue(schema.Keys[k]) != values[k])
                {
                    return false;
                }
            }

            return true;
        }

        private static RpcError? Value(SchemaNode leaf, XmlElement edit, out string value)
        {
            value = string.Empty;
            if (leaf.Kind != SchemaKind.Leaf || edit.ChildCount != 0)
            {
                return EditError.At(edit, RpcErrorType.Application, RpcErrorTags.BadElement, edit.LocalName + " is a leaf and holds text only");
            }

            string? problem = leaf.Type!.Check(edit.Text, out value);
            if (problem != null)
            {
                return EditError.At(edit, RpcErrorType.Application, RpcErrorTags.InvalidValue, edit.LocalName + ": " + problem);
            }

            return null;
        }

        private static bool HasOperationBelow(XmlElement edit)
        {
            for (int i = 0; i < edit.ChildCount; i++)
            {
                XmlElement child = edit.Child(i);
                if (child.AttributeValue(NetconfNamespaces.Base, "operation") != null || HasOperationBelow(child))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool TryParse(string text, out EditOperation operation)
        {
            switch (text)
            {
                case "merge":
                    operation = EditOperation.Merge;
                    return true;
                case "replace":
                    operation = EditOperation.Replace;
                    return true;
                case "create":
                    operation = EditOperation.Create;
                    return true;
                case "delete":
                    operation = EditOperation.Delete;
                    return true;
                case "remove":
                    operation = EditOperation.Remove;
                    return true;
                default:
                    operation = EditOperation.None;
                    return false;
            }
        }
    }
}
