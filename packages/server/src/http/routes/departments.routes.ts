import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DomainError, findFunction, type FunctionId } from '@marketops/core';
import {
  AssignmentParamsSchema,
  CentreParamsSchema,
  CreateCentreRequestSchema,
  CreateDepartmentRequestSchema,
  DepartmentParamsSchema,
  ErrorResponseSchema,
  OrgMapResponseSchema,
  PutAssignmentRequestSchema,
  UpdateCentreRequestSchema,
  UpdateDepartmentRequestSchema,
  WorkspaceParamsSchema,
} from '@marketops/contracts';
import { newId } from '../../app/ids';
import { presentOrgMap } from '../../presenters';
import { expectedVersion, type RouteDeps } from './context';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const tags = ['organisation'];

/** Departments, centres and function assignments: each edit returns the whole updated map. */
export function departmentRoutes({ orgService }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/workspaces/:workspaceId/departments', {
      schema: { tags, summary: 'Add a department', params: WorkspaceParamsSchema, body: CreateDepartmentRequestSchema, response: { 201: OrgMapResponseSchema, ...errors } },
    }, async (request, reply) => {
      const { workspaceId } = request.params;
      const body = request.body;
      const { map } = await orgService.getMap(workspaceId);
      const id = body.id ?? newId(body.name, new Set(map.departments.map((d) => d.id)), 'department');
      const department = { id, name: body.name, centreId: body.centreId ?? null, head: body.head ?? null };
      const saved = await orgService.change(workspaceId, { kind: 'add-department', department }, expectedVersion(request.headers['if-match']));
      return reply.status(201).send(presentOrgMap(saved));
    });

    app.patch('/api/workspaces/:workspaceId/departments/:departmentId', {
      schema: { tags, summary: 'Rename a department, move it to another centre, change its head', params: DepartmentParamsSchema, body: UpdateDepartmentRequestSchema, response: { 200: OrgMapResponseSchema, ...errors } },
    }, async (request) => {
      const { workspaceId, departmentId } = request.params;
      const saved = await orgService.change(workspaceId, { kind: 'update-department', departmentId, patch: request.body }, expectedVersion(request.headers['if-match']));
      return presentOrgMap(saved);
    });

    app.delete('/api/workspaces/:workspaceId/departments/:departmentId', {
      schema: { tags, summary: 'Remove a department and its assignments', params: DepartmentParamsSchema, response: { 200: OrgMapResponseSchema, ...errors } },
    }, async (request) => {
      const { workspaceId, departmentId } = request.params;
      return presentOrgMap(await orgService.change(workspaceId, { kind: 'remove-department', departmentId }, expectedVersion(request.headers['if-match'])));
    });

    app.post('/api/workspaces/:workspaceId/centres', {
      schema: { tags, summary: 'Add a centre (parent unit)', params: WorkspaceParamsSchema, body: CreateCentreRequestSchema, response: { 201: OrgMapResponseSchema, ...errors } },
    }, async (request, reply) => {
      const { workspaceId } = request.params;
      const { map } = await orgService.getMap(workspaceId);
      const id = request.body.id ?? newId(request.body.name, new Set(map.centres.map((c) => c.id)), 'centre');
      const centre = { id, name: request.body.name, parentId: request.body.parentId ?? null };
      const saved = await orgService.change(workspaceId, { kind: 'add-centre', centre }, expectedVersion(request.headers['if-match']));
      return reply.status(201).send(presentOrgMap(saved));
    });

    app.patch('/api/workspaces/:workspaceId/centres/:centreId', {
      schema: { tags, summary: 'Rename a centre or move it under another', params: CentreParamsSchema, body: UpdateCentreRequestSchema, response: { 200: OrgMapResponseSchema, ...errors } },
    }, async (request) => {
      const { workspaceId, centreId } = request.params;
      return presentOrgMap(await orgService.change(workspaceId, { kind: 'update-centre', centreId, patch: request.body }, expectedVersion(request.headers['if-match'])));
    });

    app.delete('/api/workspaces/:workspaceId/centres/:centreId', {
      schema: { tags, summary: 'Remove a centre; its departments and sub-centres move up one level', params: CentreParamsSchema, response: { 200: OrgMapResponseSchema, ...errors } },
    }, async (request) => {
      const { workspaceId, centreId } = request.params;
      return presentOrgMap(await orgService.change(workspaceId, { kind: 'remove-centre', centreId }, expectedVersion(request.headers['if-match'])));
    });

    app.put('/api/workspaces/:workspaceId/departments/:departmentId/assignments/:functionId', {
      schema: { tags, summary: 'Make a department accountable for, or contributing to, a function', params: AssignmentParamsSchema, body: PutAssignmentRequestSchema, response: { 200: OrgMapResponseSchema, ...errors } },
    }, async (request) => {
      const { workspaceId, departmentId } = request.params;
      const functionId = requireFunction(request.params.functionId);
      const assignment = { departmentId, functionId, role: request.body.role, label: request.body.label ?? null, note: request.body.note ?? null };
      return presentOrgMap(await orgService.change(workspaceId, { kind: 'set-assignment', assignment }, expectedVersion(request.headers['if-match'])));
    });

    app.delete('/api/workspaces/:workspaceId/departments/:departmentId/assignments/:functionId', {
      schema: { tags, summary: 'Remove a department\'s assignment to a function', params: AssignmentParamsSchema, response: { 200: OrgMapResponseSchema, ...errors } },
    }, async (request) => {
      const { workspaceId, departmentId } = request.params;
      const functionId = requireFunction(request.params.functionId);
      return presentOrgMap(await orgService.change(workspaceId, { kind: 'remove-assignment', departmentId, functionId }, expectedVersion(request.headers['if-match'])));
    });
  };
}

function requireFunction(id: string): FunctionId {
  const fn = findFunction(id);
  if (!fn) throw new DomainError('FUNCTION_NOT_FOUND', `"${id}" is not a function of the catalog`);
  return fn.id;
}

