import { Ctx, Query, Resolver } from "type-graphql";
import { AxoniusError } from "../../axonius/index.js";
import type { GatewayContext } from "../context.js";
import { describeUpstreamFailure } from "../shared/errors.js";
import { ConnectionStatus } from "./connection.type.js";

@Resolver(() => ConnectionStatus)
export class ConnectionResolver {
  @Query(() => ConnectionStatus, { description: "Checks the URL, the credentials and the API version with one cheap call." })
  async testConnection(@Ctx() ctx: GatewayContext): Promise<ConnectionStatus> {
    const { serverUrl, apiVersion } = ctx.client;
    try {
      const { latencyMs } = await ctx.client.testConnection();
      return { ok: true, serverUrl, apiVersion, latencyMs, error: null };
    } catch (error) {
      if (!(error instanceof AxoniusError)) throw error;
      const { code, statusCode, message } = describeUpstreamFailure("Test Connection", error, "Failed to check the connector.");
      return { ok: false, serverUrl, apiVersion, latencyMs: null, error: { code, statusCode, message } };
    }
  }
}
